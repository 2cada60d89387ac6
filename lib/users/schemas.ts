import { z } from 'zod';
import { ROLES } from '@/db/schema';

const team = z
  .string()
  .trim()
  .max(64, 'At most 64 characters.')
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const userSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')).pipe(z.string().max(254)),
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'At most 120 characters.'),
  password: z.string().min(10, 'At least 10 characters.').max(200, 'At most 200 characters.'),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
  team,
});

export const createUserSchema = userSchema;

export const updateUserSchema = z.object({
  role: z.enum(ROLES, { error: 'Choose a role.' }).optional(),
  team,
  active: z.boolean().optional(),
});

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
