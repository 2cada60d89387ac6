/** mljs classifiers want integer labels 0..k-1; sorting the names makes the mapping stable across runs. */
export interface LabelEncoding {
  classes: string[];
  encode: (label: string) => number;
}

export function encodeLabels(labels: readonly string[]): LabelEncoding {
  const classes = [...new Set(labels)].sort();
  const index = new Map(classes.map((name, i) => [name, i]));
  return {
    classes,
    encode: (label) => {
      const code = index.get(label);
      if (code === undefined) throw new RangeError(`unknown class ${label}`);
      return code;
    },
  };
}
