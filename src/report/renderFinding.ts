import type { Finding } from '../core/finding';
import { showInvisible } from './showInvisible';

const excerpt = (text: string, limit = 200): string =>
  showInvisible(text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length} bytes)`);

// Transport noise that says nothing about the contract.
const quietHeaders = new Set(['date', 'connection', 'keep-alive', 'content-length']);

const renderHeaders = (headers: Record<string, string>): string =>
  Object.entries(headers)
    .filter(
      ([name]) => !quietHeaders.has(name.toLowerCase()) && !name.startsWith('access-control-'),
    )
    .map(([name, value]) => `${name}: ${excerpt(value, 120)}`)
    .join('; ') || '(no headers)';

/** A finding as indented lines: code and title, expected/received, where, what to do. */
export const renderFinding = (finding: Finding, indent = '    '): string[] => {
  const lines = [
    `${finding.severity === 'error' ? '✗' : '!'} ${finding.code}  ${finding.title}`,
    `  operation  ${finding.operationId}`,
    `  expected   ${finding.expected}`,
    `  received   ${finding.received}`,
  ];
  if (finding.pointers.length > 0) lines.push(`  at         ${finding.pointers.join(', ')}`);
  if (finding.specPointer !== undefined) lines.push(`  spec       ${finding.specPointer}`);

  const request = finding.exchange?.request;
  if (request !== undefined) {
    const body = request.body === undefined ? '' : ` ${excerpt(request.body)}`;
    lines.push(`  request    ${request.method} ${request.path}${body}`);
    lines.push(`             ${renderHeaders(request.headers)}`);
  }
  const response = finding.exchange?.response;
  if (response !== undefined) {
    const body = response.body === '' ? '(no body)' : excerpt(response.body);
    lines.push(`  response   ${response.statusCode} ${body}`);
    lines.push(`             ${renderHeaders(response.headers)}`);
  }
  lines.push(`  hint       ${finding.hint}`);
  return lines.map((line) => `${indent}${line}`);
};
