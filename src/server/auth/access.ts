import type { AuthKind } from '@/shared/api-contract';
import { socketAddress, type ClientAddressResolver } from '@/server/http/client-address';
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
  /** Who is guessing: the same client address the rate limit and the audit log see. */
  clientAddress: ClientAddressResolver;
}

export function createAccess(
  { accessToken, trustedUserHeader }: AccessOptions = {},
  clientAddress: ClientAddressResolver = socketAddress,
): Access {
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
    clientAddress,
  };
}
