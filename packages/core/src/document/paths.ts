export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `['surveys', 0, 'answers', 2, 'count']` → `surveys[0].answers[2].count` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (identifier.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
