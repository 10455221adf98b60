// The one place the product version comes from: package.json (bundled by ncc),
// so reports, SARIF logs and `--version` cannot disagree after a release bump.
import packageJson from '../../../package.json';

export const PRODUCT_VERSION: string = packageJson.version;
