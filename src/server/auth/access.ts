import type { AuthKind } from '@/shared/api-contract';
import { sessionKey } from './session';
import { createSignInThrottle, type SignInThrottle } from './sign-in-throttle';

export interface AccessOptions {
  /** THREADLINE_ACCESS_TOKEN; unset means no token sign-in. */
  accessToken?: string | undefined;
  /** THREADLINE_TRUSTED_USER_HEADER; unset means no SSO identity. */
  trustedUserHeader?: string | undefined;
}

/** Everything the access middleware and the sign-in routes share, built once per app. */
export interface Access {
  kind: AuthKind;
  token: { value: string; sessionKey: Buffer } | undefined;
  trustedUserHeader: string | undefined;
  /** One budget for wrong tokens, whether typed on the sign-in page or sent as Bearer. */
  throttle: SignInThrottle;
}

export function createAccess({ accessToken, trustedUserHeader }: AccessOptions = {}): Access {
  const kind: AuthKind =
    accessToken !== undefined ? 'token' : trustedUserHeader !== undefined ? 'sso' : 'none';
  return {
    kind,
    token:
      accessToken === undefined
        ? undefined
        : { value: accessToken, sessionKey: sessionKey(accessToken) },
    trustedUserHeader,
    throttle: createSignInThrottle(),
  };
}
