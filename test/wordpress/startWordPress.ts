import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * A real WordPress for the plugin's tests, started and stopped by the test itself, loopback only:
 * Debian's `wordpress` (copied, so its /etc/wordpress config is never read), MariaDB on a private
 * socket in a temp folder (no network), `php -S` with a router, the plugin copied into
 * wp-content/plugins as an upload would put it, and the WooCommerce stand-in as a must-use plugin.
 * Needs `php-cli php-mysql mariadb-server wordpress` (.ci/run installs them).
 */
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
export const PLUGIN_DIR = join(root, 'wordpress-plugin/stock-status');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const DEBIAN_WORDPRESS = '/usr/share/wordpress';

export interface WordPress {
  url: string;
  docroot: string;
  /** `php fixtures/tasks.php <docroot> <task> [arg]`, its JSON answer. */
  task(name: string, arg?: string): Promise<Record<string, unknown>>;
  /** PHP notices, warnings and errors WordPress logged (WP_DEBUG_LOG). */
  debugLog(): string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function need(path: string, install: string) {
  if (!existsSync(path))
    throw new Error(`${path} is missing: apt-get install ${install} (the WordPress suite needs it; .ci/run installs it)`);
}

export async function startWordPress(): Promise<WordPress> {
  need(`${DEBIAN_WORDPRESS}/wp-settings.php`, 'wordpress');
  need('/usr/sbin/mariadbd', 'mariadb-server');
  need(
    join(PLUGIN_DIR, 'assets/stock-status.woocommerce.js'),
    '… no: run `npm run build` (it copies the WooCommerce file into the plugin)',
  );
  const tmp = mkdtempSync(join(tmpdir(), 'stock-status-wp-'));
  const processes: ChildProcess[] = [];
  const stop = async () => {
    for (const p of processes.reverse()) {
      if (p.exitCode !== null) continue;
      const exited = new Promise((ok) => p.once('exit', ok));
      p.kill('SIGTERM');
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (p.exitCode === null) p.kill('SIGKILL');
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    // MariaDB: a fresh data folder, a socket, no TCP at all, no grant tables (nothing else can reach it).
    const data = join(tmp, 'db');
    const socket = join(tmp, 'mysqld.sock');
    const user = userInfo().username;
    await run(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, `--user=${user}`, '--skip-test-db', '--auth-root-authentication-method=normal'],
      {
        timeout: 60_000,
      },
    );
    const db = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${join(tmp, 'mysqld.pid')}`,
        `--user=${user}`,
        '--skip-networking',
        '--skip-grant-tables',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=16M',
        `--log-error=${join(tmp, 'mysqld.err')}`,
      ],
      { stdio: 'ignore' },
    );
    processes.push(db);
    await waitFor(async () => {
      await run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress']);
      return true;
    }, 'MariaDB');

    // WordPress: Debian's files without its wp-config.php (which reads /etc/wordpress) and wp-content.
    const docroot = join(tmp, 'wp');
    mkdirSync(docroot);
    for (const f of readdirSync(DEBIAN_WORDPRESS)) {
      if (f !== 'wp-config.php' && f !== 'wp-content')
        cpSync(join(DEBIAN_WORDPRESS, f), join(docroot, f), { recursive: true, dereference: true });
    }
    const content = join(docroot, 'wp-content');
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'mu-plugins'));
    symlinkSync(join(DEBIAN_WORDPRESS, 'wp-content/themes'), join(content, 'themes'));
    cpSync(PLUGIN_DIR, join(content, 'plugins/stock-status'), { recursive: true });
    cpSync(join(FIXTURES, 'woocommerce-stand-in.php'), join(content, 'mu-plugins/woocommerce-stand-in.php'));
    cpSync(join(root, 'demo/pages/woocommerce/variations.js'), join(content, 'mu-plugins/variations.js'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(docroot, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(tmp, 'debug.log')}' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].map((k) => `define( '${k}_KEY', '${k}-test-key' ); define( '${k}_SALT', '${k}-test-salt' );`).join('\n')}
$table_prefix = 'wp_';
define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const task = async (name: string, arg = '') => {
      const { stdout } = await run('php', [join(FIXTURES, 'tasks.php'), docroot, name, arg], { timeout: 60_000 });
      try {
        return JSON.parse(stdout) as Record<string, unknown>;
      } catch {
        throw new Error(`tasks.php ${name} printed: ${stdout.slice(0, 2000)}`);
      }
    };
    await task('install');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, join(FIXTURES, 'router.php')], {
      stdio: 'ignore',
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '3' },
    });
    processes.push(server);
    await waitFor(async () => (await fetch(`${url}/wp-login.php`)).ok, 'php -S');
    const log = join(tmp, 'debug.log');
    return { url, docroot, task, debugLog: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
