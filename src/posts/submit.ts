import { findCategory } from "../categories/queries";
import { crisisResourcesFor } from "../crisis-lines";
import type { Db } from "../db/client";
import type { Role } from "../db/schema";
import { posts } from "../db/schema";
import { ApiError, invalidRequest } from "../errors";
import {
  type Client,
  countPostToday,
  postsToday,
  rateLimited,
  secondsUntilTomorrow,
  spendShortLimit,
} from "../limits/limits";
import { moderate } from "../moderation/pipeline";
import { queueRankOf } from "../queue/rank";
import { contentHash, newDeleteToken, newId, sha256Hex } from "../secrets";
import { settingsOf } from "../settings";
import { DAY_MS, startOfHour, utcDay } from "../time";
import { derivedDeleteToken, findRecord, type Idempotency, readIdempotency, recordAnswer } from "./idempotency";
import { deletePostStatements, hasRecentDuplicate } from "./queries";
import { PostRefused } from "./refusal";
import { type CreatedPost, toApiPost } from "./schemas";

export type Submission = { body: string; category: string; role?: Role | null };

export type Answer = { status: 201 | 202; body: CreatedPost };

/**
 * How a submission arrived: its Idempotency-Key, the held post it replaces
 * (`withdrawing`, a post id), and the reader's country for crisis lines,
 * which is used in flight only: never stored, not even in the idempotency
 * record, whose replay chooses the lines again for the retry's country.
 */
export type SubmitOptions = { idempotencyKey?: string; withdrawing?: string; country?: string };

/** What posting needs of the deployment: the database, the day counters, the one-a-minute limiter, the secret that derives a retry's token, the day cap. */
export type PostingServices = {
  db: Db;
  days: KVNamespace;
  limiter: RateLimit;
  secret: string;
  postsPerDay: number;
};

export function postingServices(env: Env, db: Db): PostingServices {
  return {
    db,
    days: env.CLIENT_DAYS,
    limiter: env.POST_LIMITER,
    secret: env.RATE_LIMIT_SECRET,
    postsPerDay: settingsOf(env).POSTS_PER_DAY,
  };
}

const DUPLICATE_WINDOW_MS = DAY_MS;

/**
 * A submission, from the API or the composer, from validated input to the answer: a retry is answered from
 * its first answer; then the day cap, the moderation pipeline and the
 * one-a-minute limit; then the post, the day's count and the idempotency
 * record are written in one batch, with the deletion of the held post it
 * replaces (`withdrawing`, a post id) if there is one.
 */
export async function submitPost(
  services: PostingServices,
  { key, now }: Client,
  submission: Submission,
  { idempotencyKey, withdrawing, country }: SubmitOptions = {},
): Promise<Answer> {
  const { db, days } = services;
  const [hash, idempotency] = await Promise.all([
    contentHash(submission.body),
    readIdempotency(idempotencyKey, submission, key),
  ]);
  const replay = idempotency && (await replayOf(services, idempotency, now, country));
  if (replay) return replay;

  const day = utcDay(now);
  // Three independent reads, one round trip's wait.
  const [used, category, duplicateOfRecent] = await Promise.all([
    postsToday(days, key, day),
    findCategory(db, submission.category),
    hasRecentDuplicate(db, hash, now - DUPLICATE_WINDOW_MS),
  ]);
  if (used >= services.postsPerDay) {
    throw rateLimited(
      secondsUntilTomorrow(now),
      "That is today's limit of posts from here. Please come back tomorrow.",
    );
  }
  if (!category) throw invalidRequest([{ path: "category", message: "There is no such category." }]);
  // moderate() offers no suggestion on a crisis hold.
  const { text, decision, reasons, resources, suggestion } = moderate(submission.body, { duplicateOfRecent, country });
  if (decision === "refuse") throw new PostRefused(reasons, suggestion, resources);
  // Spent only when something will be stored, so fixing a refused post is not held up a minute.
  await spendShortLimit(services.limiter, key, "One post a minute, please. Try again in a moment.");
  // Counted before the post is stored, and failing closed: a post the day's cap did not count is never stored.
  await countPostToday(days, key, day, used);

  const id = newId();
  const deleteToken = idempotency
    ? await derivedDeleteToken(services.secret, idempotency.keyHash, id)
    : newDeleteToken();
  const status = decision === "hold" ? 202 : 201;
  const row = {
    id,
    body: text,
    category: submission.category,
    role: submission.role ?? null,
    status: decision === "hold" ? ("pending" as const) : ("published" as const),
    // To the hour: a post's exact time, beside a log of when someone reached the board, would tell whose it is.
    createdAt: startOfHour(now),
    resonates: 0,
    deleteTokenHash: await sha256Hex(deleteToken),
    contentHash: hash,
    reasons,
    removedReason: null,
    removedAt: null,
    queueRank: queueRankOf(reasons),
  };
  const moderation = { decision, reasons, ...(suggestion === undefined ? {} : { suggestion }) };
  // Kept without the crisis lines: they would tell the reader's country.
  const answer = { post: toApiPost(row), moderation };
  try {
    await db.batch([
      db.insert(posts).values(row),
      ...(idempotency
        ? recordAnswer(db, { ...idempotency, postId: id, status, response: answer, createdAt: startOfHour(now) })
        : []),
      ...(withdrawing ? deletePostStatements(db, withdrawing, now) : []),
    ]);
  } catch (error) {
    // A concurrent retry with the same key won the race: answer as it did.
    const raced = idempotency && (await replayOf(services, idempotency, now, country));
    if (raced) return raced;
    throw error;
  }
  return {
    status,
    body: { ...answer, moderation: { ...moderation, ...(resources ? { resources } : {}) }, deleteToken },
  };
}

async function replayOf(
  { db, secret }: Pick<PostingServices, "db" | "secret">,
  idempotency: Idempotency,
  now: number,
  country: string | undefined,
): Promise<Answer | null> {
  const record = await findRecord(db, idempotency.keyHash, now);
  if (!record) return null;
  if (record.requestHash !== idempotency.requestHash) {
    throw new ApiError(409, "conflict", "This Idempotency-Key was already used for a different post.");
  }
  const deleteToken = await derivedDeleteToken(secret, idempotency.keyHash, record.postId);
  const first = record.response as Omit<CreatedPost, "deleteToken">;
  // Records written before the lines were chosen by country kept a list; this request's country chooses them now.
  const { resources: _kept, ...moderation } = first.moderation;
  const inCrisis = moderation.reasons.some((reason) => reason.kind === "crisis");
  const resources = inCrisis ? { resources: crisisResourcesFor(country) } : {};
  return {
    status: record.status === 202 ? 202 : 201,
    body: { ...first, moderation: { ...moderation, ...resources }, deleteToken },
  };
}

/** The answer an earlier send of this same submission and key got (a form sent twice), if there was one. */
export async function earlierAnswer(
  services: Pick<PostingServices, "db" | "secret">,
  { key, now }: Client,
  submission: Submission,
  { idempotencyKey, country }: SubmitOptions,
): Promise<Answer | null> {
  const idempotency = await readIdempotency(idempotencyKey, submission, key);
  return (
    idempotency &&
    replayOf(services, idempotency, now, country).catch((error) => {
      if (error instanceof ApiError && error.code === "conflict") return null;
      throw error;
    })
  );
}
