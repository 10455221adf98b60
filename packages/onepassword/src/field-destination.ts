import { locateField, writeField, type ResolveContext } from './resolve';
import type { SecretReference } from './reference';

/** A field to store a new secret in (rotate's new age identity), with the undo that puts back its old value. */
export interface FieldDestination {
  display: string;
  store(value: string): Promise<() => Promise<void>>;
}

export function fieldDestination(ctx: ResolveContext, reference: SecretReference): FieldDestination {
  return {
    display: reference.text,
    async store(value) {
      // Located first: a reference naming nothing fails before anything changes.
      const location = await locateField(ctx, reference);
      await writeField(ctx, reference, location, value);
      return () => writeField(ctx, reference, location, location.previous);
    },
  };
}
