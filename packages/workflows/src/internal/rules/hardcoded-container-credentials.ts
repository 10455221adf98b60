import type { Finding } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

/**
 * A registry password written into `container.credentials` or a service's `credentials`, at
 * the `credentials:` mapping (as zizmor). The value itself is never repeated in the message.
 */
export function hardcodedContainerCredentials({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) =>
    [job.container, ...(job.services ?? [])].flatMap((spec) => {
      const password = spec?.credentials?.entries.find((e) => e.key === 'password');
      if (spec?.credentials === undefined || password === undefined || password.expressions.length > 0) return [];
      const where = spec.name === 'container' ? 'job container' : `service ${spec.name}`;
      return [
        finding(
          'hardcoded-container-credentials',
          'error',
          workflow.file,
          spec.credentials.span,
          `the ${where}'s registry password is written in the workflow, readable by anyone who can read the repository; store it as a secret and use \${{ secrets.REGISTRY_PASSWORD }}`,
          'password: ${{ secrets.REGISTRY_PASSWORD }}',
        ),
      ];
    }),
  );
}
