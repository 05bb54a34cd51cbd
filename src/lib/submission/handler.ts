/**
 * The one submission handler, on web-standard Request and Response: `npm start` calls it through a
 * small Node adapter (tools/submission-server.ts), Cloudflare Pages as a function
 * (functions/praktijk-delen/verzenden.ts). Only the store differs: a file locally, a pull request
 * in production.
 */
import { COMMON_HEADERS, PUBLIC_CSP } from '../hosting/csp.ts';
import { formControls, submissionForm } from './fields.ts';
import { prepareSubmission, type FieldProblem } from './entry.ts';
import { FormError, MAX_BODY_BYTES, formValues, parseFormBody, tooLarge, type FormValues } from './parse.ts';
import { confirmationPage, formWithErrors, offeredValues } from './page.ts';
import type { RateLimiter } from './rate-limit.ts';
import { PERSONAL_DATA_REFUSED, PersonalDataRefused, type SubmissionStore } from './store.ts';

export const FORM_PATH = '/praktijk-delen/';
export const ACTION_PATH = '/praktijk-delen/verzenden';
export const CONFIRMATION_PATH = '/praktijk-delen/ontvangen/';

export interface HandlerDeps {
  /** The built page at a path ("/praktijk-delen/"), as HTML. */
  loadPage(path: string): Promise<string>;
  store: SubmissionStore;
  limiter: RateLimiter;
  /** Today as YYYY-MM-DD (UTC by default). */
  today?: () => string;
  /** Where failures of the store are reported for the site's operators (never to the visitor). */
  log?: (message: string) => void;
}

const HEADERS = {
  ...COMMON_HEADERS,
  'Content-Security-Policy': PUBLIC_CSP,
  'Content-Type': 'text/html; charset=utf-8',
  // A page with someone's submission in it is never cached or stored by the browser's history cache.
  'Cache-Control': 'no-store',
};

const html = (body: string, status: number) => new Response(body, { status, headers: HEADERS });

/** Reads at most `limit` bytes of a body; more is a FormError 413, whatever Content-Length said. */
export async function readLimited(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new FormError(413, tooLarge(declared));
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new FormError(413, tooLarge(size));
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function handleSubmission(request: Request, client: string, deps: HandlerDeps): Promise<Response> {
  if (request.method !== 'POST') return new Response(null, { status: 405, headers: { Allow: 'POST' } });
  const today = deps.today?.() ?? new Date().toISOString().slice(0, 10);
  const formPage = await deps.loadPage(FORM_PATH);
  const refuse = (problems: FieldProblem[], values: FormValues, status: number) =>
    html(formWithErrors(formPage, problems, values), status);
  if (!deps.limiter.allow(client)) {
    const message = 'Je verzond de laatste minuten te veel inzendingen. Wacht tien minuten en verzend dan opnieuw';
    return refuse([{ label: 'Inzending', message }], new Map(), 429);
  }
  let values: FormValues;
  try {
    values = formValues(parseFormBody(await readLimited(request), request.headers.get('content-type')));
  } catch (err) {
    if (!(err instanceof FormError)) throw err;
    return refuse([{ label: 'Inzending', message: err.message }], new Map(), err.status);
  }
  const form = submissionForm({});
  const offered = offeredValues(formPage);
  const refControls = formControls(form.practice).filter((f) => f.ref);
  // An id is valid when the form offered it: the page lists exactly the ids the build knows.
  const exists = (collection: string, id: string) =>
    refControls.some((f) => f.ref === collection && offered.get(f.name)?.has(id));
  const outcome = await prepareSubmission(form, values, { today, exists });
  if (!outcome.ok) return refuse(outcome.problems, values, 422);
  try {
    const stored = await deps.store.save(outcome.submission);
    return html(
      confirmationPage(await deps.loadPage(CONFIRMATION_PATH), outcome.submission.reference, stored.duplicate),
      200,
    );
  } catch (err) {
    if (err instanceof PersonalDataRefused) {
      const message = PERSONAL_DATA_REFUSED;
      return refuse([{ control: 'indiener.email', label: 'Je e-mailadres', message }], values, 422);
    }
    deps.log?.(`Inzending ${outcome.submission.reference} niet bewaard: ${(err as Error).message}`);
    const message =
      'Je inzending kon niet bewaard worden door een storing bij ons. Wat je invulde, staat er nog: probeer het later opnieuw';
    return refuse([{ label: 'Inzending', message }], values, 503);
  }
}
