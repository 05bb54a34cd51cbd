/** A valid action to vary in the plan tests: every test states only what it changes. */
import { actionSchema, type Action } from '../../../src/schemas/plan.ts';

export const source = { titel: 'Testbron' };
export const ms = (datum: string, status: string) => ({ datum, status, tekst: 'Iets gebeurde.', bron: source });
export const minimalAction = {
  plan: 'p',
  doel: 'p-1',
  nummer: 1,
  titel: 'Actie',
  samenvatting: 'Samenvatting.',
  verantwoordelijke: { minister: 'Minister', agentschap: 'Agentschap' },
  mijlpalen: [ms('2022-04-01', 'lopend')],
  bronnen: [source],
};
export const action = (over: Partial<Action> | Record<string, unknown> = {}): Action =>
  actionSchema.parse({ ...minimalAction, ...over });
