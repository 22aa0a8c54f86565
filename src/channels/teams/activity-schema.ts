/**
 * The shape of an inbound Teams activity, checked before botbuilder sees it: what the bot reads
 * must be there with the right type and within bounds, or the request is a 400 to the machine
 * that sent it (Teams, or whatever pretends to be Teams). Unknown properties pass through:
 * Teams adds fields over time, and the bot reads only these.
 */
import { z } from 'zod';
import { FIELD_LIMITS } from '../../domain/text';

/** Ids as Teams writes them (`29:1a…`, `a:1f…`, `19:…@thread.tacv2;messageid=…`): long, but bounded. */
const id = z.string().max(1024);
const account = z.looseObject({ id, aadObjectId: id.optional(), name: z.string().max(1024).optional() });

/** An `Action.Execute` as Teams sends it: a verb and the button's data with the form's inputs. */
const cardAction = z.looseObject({
  action: z.looseObject({
    type: z.string().max(64).optional(),
    verb: z.string().max(FIELD_LIMITS.buttonData),
    data: z.union([z.record(z.string(), z.unknown()), z.null()]).optional(),
  }),
});

const activity = z
  .looseObject({
    type: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    id: id.optional(),
    name: z.string().max(256).optional(),
    from: account,
    recipient: account.optional(),
    conversation: z.looseObject({ id, tenantId: id.optional(), conversationType: z.string().max(64).optional() }),
    text: z.string().optional(),
    value: z.unknown().optional(),
  })
  .superRefine((a, ctx) => {
    // Only a message's text becomes a command; other activities' text is never read.
    if (a.type === 'message' && (a.text?.length ?? 0) > FIELD_LIMITS.chatMessage) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'too long' });
    }
    if (a.type === 'invoke' && a.name === 'adaptiveCard/action' && !cardAction.safeParse(a.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'not an Action.Execute' });
    }
  });

/**
 * Null when `body` is an activity the bot can handle; otherwise where it is wrong (a property
 * path, never a value: the log must not repeat what a stranger sent).
 */
export function activityProblem(body: unknown): string | null {
  const parsed = activity.safeParse(body);
  if (parsed.success) return null;
  return parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
}
