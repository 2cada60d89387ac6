import type { RestCase } from './cases';
import { GOVERNANCE_CASES } from './rest-governance-cases';
import { REGISTRY_CASES } from './rest-registry-cases';
import { USER_CASES } from './rest-users-cases';

/** Every mutating `/api/v1` route and method, each tried as every kind of actor. */
export const REST_CASES: RestCase[] = [...REGISTRY_CASES, ...GOVERNANCE_CASES, ...USER_CASES];
