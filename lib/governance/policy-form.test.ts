import { describe, expect, it } from 'vitest';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { governanceCast } from '@/lib/testing/governance-fixture';
import { withTempWorkspace } from '@/lib/testing/temp-workspace';
import { setPolicyFromFormUseCase } from './policy-form';

withTempWorkspace();

const form = { requiredApprovals: '2', expiryHours: '48', cardComplete: true, lineage: true, noCriticalAlert: false, metrics: 'accuracy >= 0.9\n\nlatency_ms ≤ 20' };

describe('the policy editor', () => {
  it('reads metric gates one per line, ≥ and ≤ included, skipping blank lines', async () => {
    const { admin } = await governanceCast('churn', 'high');
    expect(setPolicyFromFormUseCase(admin, 'churn', form).gates.metrics).toEqual([
      { metric: 'accuracy', comparator: '>=', value: 0.9 },
      { metric: 'latency_ms', comparator: '<=', value: 20 },
    ]);
  });

  it('names the editor line that is wrong, whether the parser or the schema found it', async () => {
    const { admin } = await governanceCast('churn', 'high');
    const parse = await expectAppError(() => setPolicyFromFormUseCase(admin, 'churn', { ...form, metrics: 'accuracy >= 0.9\nrecall > 0.5\naccuracy >= 0.8' }));
    expect(parse.fieldErrors?.metrics).toEqual(['Line 2 ("recall > 0.5") is not "metric >= number" or "metric <= number".', 'Line 3 repeats "accuracy >=" from line 1: keep one.']);
    const schema = await expectAppError(() => setPolicyFromFormUseCase(admin, 'churn', { ...form, requiredApprovals: '', metrics: `\n${'m'.repeat(251)} >= 1` }));
    expect(schema.fieldErrors).toEqual({ requiredApprovals: ['Approvals must be a whole number.'], metrics: ['Line 2: Metric names have at most 250 characters.'] });
  });

  it('refuses anyone but an admin before reading the form', async () => {
    const { author } = await governanceCast('churn');
    expect((await expectAppError(() => setPolicyFromFormUseCase(author, 'churn', { ...form, metrics: 'nonsense' }))).status).toBe(403);
  });
});
