// The little of oidc-provider (a devDependency without type declarations) that the OIDC
// integration test uses to run a real provider in-process.
declare module 'oidc-provider' {
  type Req = import('node:http').IncomingMessage;
  type Res = import('node:http').ServerResponse;

  export interface Interaction {
    uid: string;
    prompt: { name: string };
    params: Record<string, string | undefined>;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>>;
  }

  export interface Configuration {
    clients?: Array<Record<string, unknown>>;
    claims?: Record<string, string[]>;
    cookies?: { keys?: string[] };
    ttl?: Record<string, number>;
    features?: Record<string, { enabled: boolean }>;
    findAccount?: (ctx: unknown, sub: string) => Promise<Account | undefined>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (req: Req, res: Res) => void;
    interactionDetails(req: Req, res: Res): Promise<Interaction>;
    interactionFinished(
      req: Req,
      res: Res,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    Grant: new (init: {
      accountId: string;
      clientId: string;
    }) => {
      addOIDCScope(scope: string): void;
      save(): Promise<string>;
    };
  }
  export default Provider;
}
