/**
 * git run in a test repository as the editors' office commits: a fixed author and, when a day is
 * given, that day at noon in Vietnam as the commit date.
 */
import { execFileSync } from 'node:child_process';

export type Git = (args: string[], date?: string) => string;

/** git in `root` (or in the folder `root()` names when called, for folders made later). */
export function editorGit(root: string | (() => string)): Git {
  return (args, date) => {
    const when = date ? `${date}T12:00:00+07:00` : undefined;
    return execFileSync('git', args, {
      cwd: typeof root === 'function' ? root() : root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Ban biên tập',
        GIT_AUTHOR_EMAIL: 'bientap@loa.example.vn',
        GIT_COMMITTER_NAME: 'Ban biên tập',
        GIT_COMMITTER_EMAIL: 'bientap@loa.example.vn',
        ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
      },
    });
  };
}
