import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerRequest, type SimulatorContext } from './answerRequest';
import type { Answer } from './SimulatorState';

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** Writes an answer: a JSON body with its Content-Type, or an empty body with no Content-Type. */
export const sendAnswer = (res: ServerResponse, answer: Answer): void => {
  const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.statusCode = answer.statusCode;
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  if (answer.body !== undefined) res.setHeader('content-type', 'application/json');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
};

/** Reads one request whole, answers it, and writes the answer. */
export const handleRequest = async (
  context: SimulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  const rawBody = await readBody(req);
  const answer = answerRequest(context, {
    method: req.method ?? 'GET',
    target: req.url ?? '/',
    authorization: req.headers.authorization,
    contentType: req.headers['content-type'],
    rawBody,
  });
  sendAnswer(res, answer);
};
