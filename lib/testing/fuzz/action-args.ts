import fc from 'fast-check';
import { BOUNDARY_NUMBERS, junkString, junkValue } from './junk';

/**
 * What a client can make a bound server action receive: React serializes strings, numbers
 * (NaN, ±Infinity and -0 included), bigints, dates, null, undefined, arrays and plain objects.
 */
const junkArg: fc.Arbitrary<unknown> = fc.oneof(
  junkString,
  fc.constantFrom<unknown>(...BOUNDARY_NUMBERS, NaN, Infinity, -Infinity, null, undefined, true, 10n ** 30n, new Date(NaN), new Date(8.64e15)),
  junkValue,
);

/** A browser-sent form: the sample's fields kept, dropped, repeated or junk, unknown fields and files added. */
function junkForm(samples: FormData[]): fc.Arbitrary<FormData> {
  const keys = [...new Set(samples.flatMap((form) => [...form.keys()]))];
  const entry = fc.tuple(
    keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), junkString) : junkString,
    fc.oneof({ arbitrary: junkString, weight: 5 }, { arbitrary: fc.constant(new Blob(['not text'])), weight: 1 }),
  );
  return fc.tuple(fc.constantFrom(...samples), fc.subarray(keys), fc.array(entry, { maxLength: 5 })).map(([sample, kept, junk]) => {
    const form = new FormData();
    for (const key of kept) for (const value of sample.getAll(key)) form.append(key, value);
    for (const [key, value] of junk) form.append(key, value);
    return form;
  });
}

/** Each position: a form becomes a junk form; anything else stays one of the samples' values or turns to junk. */
export function actionArgs(samples: unknown[][]): fc.Arbitrary<unknown[]> {
  const arity = Math.max(...samples.map((args) => args.length));
  const positions = Array.from({ length: arity }, (_, i) => {
    const values = samples.map((args) => args[i]);
    const forms = values.filter((v): v is FormData => v instanceof FormData);
    if (forms.length > 0) return junkForm(forms);
    return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 2 }, { arbitrary: junkArg, weight: 3 });
  });
  return fc.tuple(...positions);
}
