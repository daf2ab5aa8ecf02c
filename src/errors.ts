// Exit codes (sysexits.h) and the one error type the CLI turns into a message and a code.
export const ExitCode = {
  Ok: 0,
  Usage: 64,
  DataError: 65,
  NoInput: 66,
  CantCreate: 73,
  IoError: 74,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class NewscleanError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'NewscleanError';
  }
}

/** A Node system error's code ("ENOENT"), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** "no such file or directory" for ENOENT and friends: short, for one-line messages. */
export function describeSystemError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
