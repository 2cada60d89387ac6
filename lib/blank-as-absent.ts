/** For optional fields that forms send empty: a blank string (or a JSON null) means "not given". */
export const blankAsAbsent = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);
