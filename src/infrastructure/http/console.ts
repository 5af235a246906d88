import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';

/** Where the console (安委办工作台) is served. */
export const CONSOLE_PATH = '/console';

/**
 * The console's own policy, stricter than the API docs page's: scripts, styles and data from this
 * origin only, no inline script or style, no frames, no forms posted anywhere.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The project's root: the nearest folder above this file holding package.json (src/ or dist/src/). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The bundle `npm run build` writes (scripts/build-console.js). */
export const consoleDir = (): string => join(projectRoot(), 'dist', 'console');

/**
 * Serves the console's static files (index.html, app.js, app.css) under /console. They hold no
 * data: every view calls the API with the user's own token, so the console reaches nothing the
 * token could not. Without a build, /console answers 404 saying so.
 */
export function serveConsole(app: NestExpressApplication): void {
  const dir = consoleDir();
  if (!existsSync(join(dir, 'index.html'))) {
    app.use(CONSOLE_PATH, notBuilt);
    return;
  }
  app.useStaticAssets(dir, {
    prefix: CONSOLE_PATH,
    index: 'index.html',
    fallthrough: true,
    setHeaders: (response: Response) => {
      response.setHeader('Content-Security-Policy', CONSOLE_CSP);
      response.setHeader('Cache-Control', 'no-cache');
    },
  });
}

function notBuilt(request: Request, response: Response, next: NextFunction): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return next();
  const body = problem(404, 'not_found', 'The console is not built: run `npm run build`.');
  response.status(404).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
