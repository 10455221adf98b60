import type { SdkClient } from './sdk-store';

/** The part of @1password/sdk's module this package calls, whether installed or fetched. */
export interface SdkModule {
  createClient(config: { auth: string; integrationName: string; integrationVersion: string }): Promise<SdkClient>;
}
