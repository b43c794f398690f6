#!/usr/bin/env node
// Runs the real loaders (Claude Code, Gemini CLI) on the edge-case corpus and records, per file, whether the loader
// loaded it, why it refused it, and which settings it logged as ignored. The verdicts file is what
// LoaderConformanceTest holds the studio's rules against; it is written only by this script, never by hand.
//
//   node conformance/record.mjs --corpus DIR --loaders DIR --out conformance/verdicts.json \
//       [--shared ../shared --shared-out conformance/shared-verdicts.json]
//
// DIR (corpus) is what `mvn exec:java@edge-case-corpus` wrote; DIR (loaders) holds node_modules with the pinned
// packages (conformance/package.json). Both loaders run offline: Claude Code exits at once on an unknown --agent, and
// Gemini CLI is stopped as soon as its agent registry has said how many agents it loaded.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
for (const required of ['corpus', 'loaders', 'out']) {
  if (!args[required]) {
    console.error(`usage: record.mjs --corpus DIR --loaders DIR --out FILE (missing --${required})`);
    process.exit(2);
  }
}
const corpus = path.resolve(args.corpus);
const modules = path.join(path.resolve(args.loaders), 'node_modules');
const cases = JSON.parse(fs.readFileSync(path.join(corpus, 'cases.json'), 'utf8'));
const claudeBin = ['@anthropic-ai/claude-code-linux-x64/claude', '@anthropic-ai/claude-code/bin/claude.exe']
  .map((p) => path.join(modules, p)).find((p) => fs.existsSync(p) && fs.statSync(p).size > 1_000_000);
const geminiJs = path.join(modules, '@google/gemini-cli/bundle/gemini.js');
const version = (pkg) => JSON.parse(fs.readFileSync(path.join(modules, pkg, 'package.json'), 'utf8')).version;
const BUILT_IN_CLAUDE = new Set(['claude', 'Explore', 'general-purpose', 'Plan', 'statusline-setup']);
const scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-')));

function project(caseId, onlyFile, cwdOverride) {
  const root = fs.mkdtempSync(path.join(scratch, 'p-'));
  const home = fs.mkdtempSync(path.join(scratch, 'h-'));
  const files = Object.keys(cases[caseId].files).filter((f) => onlyFile === undefined || f === onlyFile);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.copyFileSync(cases[caseId].sources?.[file] ?? path.join(corpus, caseId, file), path.join(root, file));
  }
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  fs.writeFileSync(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  fs.mkdirSync(path.join(root, '.git', 'objects'), { recursive: true });
  fs.mkdirSync(path.join(root, '.git', 'refs'), { recursive: true });
  const cwd = path.join(root, cwdOverride ?? cases[caseId].cwd ?? '');
  fs.mkdirSync(cwd, { recursive: true });
  return { root, home, cwd };
}

function run(command, argv, options, stopWhen) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stopped = false;
    const stop = () => {
      if (!stopped) {
        stopped = true;
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }
    };
    const timer = setTimeout(stop, 90_000);
    const take = (chunk) => {
      output += chunk.toString('utf8');
      if (stopWhen && stopWhen.test(output)) {
        stop();
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

// ---- Claude Code ----------------------------------------------------------------------------------------------

async function claude(caseId, onlyFile, cwdOverride) {
  const { root, home, cwd } = project(caseId, onlyFile, cwdOverride);
  const log = path.join(home, 'debug.log');
  const output = await run(claudeBin, ['-p', 'hi', '--agent', 'no-such-agent-conformance', '--debug-file', log],
    { cwd, env: { PATH: process.env.PATH, HOME: home, TERM: 'dumb' } });
  const listed = /Available agents: (.*)/.exec(output);
  if (!listed) {
    throw new Error(`Claude Code did not list its agents for ${caseId}:\n${output}`);
  }
  const agents = listed[1].split(', ').filter((name) => !BUILT_IN_CLAUDE.has(name));
  const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n') : [];
  const messages = lines.map((line) => line.replace(/^\S+ \[[A-Z]+\] /, ''));
  return { root, agents, messages };
}

function claudeFileVerdict(messages, absolute) {
  const verdict = { ignored: [] };
  for (const message of messages) {
    for (const prefix of [`Failed to parse agent from ${absolute}: `, `Agent file ${absolute}: `, `Error parsing agent from ${absolute}: `]) {
      if (message.startsWith(prefix)) {
        verdict.refusal = message.slice(prefix.length);
      }
    }
    const invalid = new RegExp(`^Agent file ${escape(absolute)} has invalid (\\w+)`).exec(message);
    if (invalid) {
      verdict.ignored.push(invalid[1]);
    }
    const unknown = new RegExp(`^Agent file ${escape(absolute)} has (?:a frontmatter key|frontmatter keys) Claude Code does not`
      + ' recognize or apply: (.*)').exec(message);
    if (unknown) {
      for (const key of unknown[1].matchAll(/"((?:[^"\\]|\\.)*)"(?: \(did you mean "[^"]*"\?\))?/g)) {
        if (!/^\(did you mean/.test(key[0]) && !verdict.ignored.includes(key[1]) && !unknown[1].includes(`did you mean "${key[1]}"`)) {
          verdict.ignored.push(key[1]);
        }
      }
    }
    if (message.startsWith(`Failed to parse YAML frontmatter in ${absolute}: `)) {
      verdict.yamlError = message.slice(`Failed to parse YAML frontmatter in ${absolute}: `.length);
    }
  }
  verdict.ignored = [...new Set(verdict.ignored)].sort();
  return verdict;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function recordClaude(caseId) {
  const files = Object.keys(cases[caseId].files);
  const whole = await claude(caseId);
  const result = { loader: 'claude-code', cwd: cases[caseId].cwd, files: {} };
  for (const file of files) {
    // Alone, a file is loaded from the folder its .claude belongs to: whether it loads must not depend on where the
    // case happens to start Claude Code (the whole run above shows which of several same-named agents wins).
    const alone = files.length === 1 ? whole : await claude(caseId, file, file.slice(0, file.indexOf('.claude/')));
    const verdict = claudeFileVerdict(alone.messages, path.join(alone.root, file));
    const refusedByName = alone.messages.find((m) => /^(Agent '.*' not loaded:|Invalid hooks in agent ')/.test(m));
    if (verdict.refusal === undefined && refusedByName && alone.agents.length === 0) {
      verdict.refusal = refusedByName;
    }
    verdict.loaded = alone.agents.length > 0;
    if (verdict.loaded) {
      verdict.loadedAs = alone.agents[0];
    }
    result.files[file] = { sha256: cases[caseId].files[file], ...verdict };
  }
  if (files.length > 1) {
    result.agents = whole.agents;
    // Claude Code may load the agents twice in one run and then says so twice: the set of reports is the verdict.
    result.duplicates = [...new Set(whole.messages.filter((m) => m.startsWith('[agents] Duplicate agent name'))
      .map((m) => m.replaceAll(whole.root + '/', '')))];
  }
  return result;
}

// ---- Gemini CLI -----------------------------------------------------------------------------------------------

const LOADED = /\[AgentRegistry\] Loaded with (\d+) agents\./;

// Gemini CLI registers a project's agents only once the user has acknowledged them, so the case is laid out as the
// user's own folder (~/.gemini/agents), whose agents it registers at once: the count then says whether each loaded.
async function gemini(caseId, onlyFile) {
  const { root: home } = caseId === null ? emptyProject() : project(caseId, onlyFile);
  const { cwd } = emptyProject();
  const output = await run(process.execPath, [geminiJs, '-p', 'hi', '--skip-trust', '--debug'],
    { cwd, env: { PATH: process.env.PATH, HOME: home, GEMINI_API_KEY: 'dummy', TERM: 'dumb', NO_COLOR: '1' } }, LOADED);
  const count = LOADED.exec(output);
  if (!count) {
    throw new Error(`Gemini CLI did not report its agents for ${caseId}:\n${output}`);
  }
  const errors = {};
  const lines = output.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const error = /^(?:Agent loading error|\[AgentRegistry\] Error loading user agent): Failed to load agent from (.*?): (.*)$/
      .exec(lines[i]);
    if (error) {
      const more = [];
      while (i + 1 < lines.length && !/^(\[|Agent loading error|Ignore file|Ripgrep|Flushing|Experiments|Current heap|Error flushing)/
        .test(lines[i + 1])
        && lines[i + 1].trim() !== '') {
        more.push(lines[++i]);
      }
      errors[path.relative(home, error[1])] = [error[2], ...more].join('\n');
    }
  }
  // A remote (A2A) agent passes the schema and is then fetched from its URL, which fails offline.
  const unreachable = [...output.matchAll(/\[AgentRegistry\] Error loading A2A agent "([^"]*)": (.*)/g)].map((m) => `${m[1]}: ${m[2]}`);
  return { count: Number(count[1]), errors, unreachable };
}

function emptyProject() {
  const root = fs.mkdtempSync(path.join(scratch, 'p-'));
  fs.mkdirSync(path.join(root, '.git'));
  return { root, cwd: root };
}

async function recordGemini(caseId, builtIn) {
  const files = Object.keys(cases[caseId].files);
  const whole = await gemini(caseId);
  const result = { loader: 'gemini', cwd: cases[caseId].cwd, files: {} };
  for (const file of files) {
    const alone = files.length === 1 ? whole : await gemini(caseId, file);
    const verdict = { ignored: [] };
    if (alone.errors[file] !== undefined) {
      verdict.refusal = alone.errors[file];
    }
    verdict.loaded = alone.count > builtIn;
    if (!verdict.loaded && verdict.refusal === undefined && alone.unreachable.length > 0) {
      verdict.offlineOnly = `valid, but its agent card cannot be fetched offline (${alone.unreachable.join('; ')})`;
    }
    result.files[file] = { sha256: cases[caseId].files[file], ...verdict };
  }
  if (files.length > 1) {
    result.agentsLoaded = whole.count - builtIn;
  }
  return result;
}

// ---- main -----------------------------------------------------------------------------------------------------

async function inParallel(ids, width, work) {
  const results = {};
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < ids.length) {
      const id = ids[next++];
      results[id] = await work(id);
      process.stderr.write('.');
    }
  }));
  process.stderr.write('\n');
  return results;
}

// The shared corpus of real agent files (optional): each file run alone where its tool looks for agents.
function sharedCases(sharedDir) {
  const found = {};
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory()
    ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]);
  const agentFiles = ['corpus', 'seeds'].map((folder) => path.join(sharedDir, folder)).filter((dir) => fs.existsSync(dir)).flatMap(walk);
  for (const file of agentFiles.sort()) {
    const relative = path.relative(sharedDir, file).split(path.sep).join('/');
    if (/(^|\/)(LICENSE[^/]*|SOURCES\.md)$/.test(relative)) {
      continue;
    }
    const gemini = /(^|\/)\.?gemini\/agents\//.test(relative);
    const target = `${gemini ? '.gemini' : '.claude'}/agents/${path.basename(relative).replace(/\.[^.]*$/, '')}.md`;
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    found[`shared/${relative}`] = { loader: gemini ? 'gemini' : 'claude-code', cwd: '', files: { [target]: sha256 },
      sources: { [target]: file } };
  }
  return found;
}

const shared = args.shared ? sharedCases(path.resolve(args.shared)) : {};
Object.assign(cases, shared);
const ids = Object.keys(cases).filter((id) => !(id in shared)).sort();
const geminiBuiltIn = (await gemini(null)).count;
const recorded = {
  ...await inParallel(ids.filter((id) => cases[id].loader === 'claude-code'), 2, recordClaude),
  ...await inParallel(ids.filter((id) => cases[id].loader === 'gemini'), 3, (id) => recordGemini(id, geminiBuiltIn)),
};
const verdicts = {
  note: 'Written by conformance/record.mjs from the real loaders; never edit by hand. Re-record with conformance/run.sh.',
  loaders: {
    'claude-code': { package: '@anthropic-ai/claude-code', version: version('@anthropic-ai/claude-code') },
    gemini: { package: '@google/gemini-cli', version: version('@google/gemini-cli'), builtInAgents: geminiBuiltIn },
  },
  cases: Object.fromEntries(ids.map((id) => [id, recorded[id]])),
};

const out = path.resolve(args.out);
const before = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : { cases: {}, loaders: {} };
const changes = [];
for (const [loader, now] of Object.entries(verdicts.loaders)) {
  if (before.loaders[loader]?.version !== now.version) {
    changes.push(`${loader}: ${before.loaders[loader]?.version ?? '(none)'} -> ${now.version}`);
  }
}
for (const id of new Set([...Object.keys(before.cases), ...ids])) {
  const old = JSON.stringify(before.cases[id]);
  const now = JSON.stringify(verdicts.cases[id]);
  if (old !== now) {
    changes.push(`${id}: ${old === undefined ? 'new' : now === undefined ? 'gone' : describe(before.cases[id], verdicts.cases[id])}`);
  }
}
fs.writeFileSync(out, JSON.stringify(verdicts, null, 2) + '\n');

if (args.shared) {
  const sharedIds = Object.keys(shared).sort();
  const sharedRecorded = {
    ...await inParallel(sharedIds.filter((id) => shared[id].loader === 'claude-code'), 2, recordClaude),
    ...await inParallel(sharedIds.filter((id) => shared[id].loader === 'gemini'), 3, (id) => recordGemini(id, geminiBuiltIn)),
  };
  const files = Object.fromEntries(sharedIds.map((id) => {
    const [placedAs, verdict] = Object.entries(sharedRecorded[id].files)[0];
    return [id.slice('shared/'.length), { loader: shared[id].loader, placedAs, ...verdict }];
  }));
  fs.writeFileSync(path.resolve(args['shared-out']), JSON.stringify({
    note: 'Written by conformance/record.mjs: each file of ../shared run alone by its tool; never edit by hand.',
    loaders: verdicts.loaders, files }, null, 2) + '\n');
  const refused = Object.entries(files).filter(([, f]) => !f.loaded && !f.offlineOnly).map(([rel]) => rel);
  console.log(`shared corpus: ${sharedIds.length} files, ${refused.length} not loaded${refused.length ? ': ' + refused.join(', ') : ''}`);
}
fs.rmSync(scratch, { recursive: true, force: true });

const files = Object.values(verdicts.cases).flatMap((c) => Object.values(c.files).map((f) => ({ loader: c.loader, ...f })));
for (const loader of Object.keys(verdicts.loaders)) {
  const mine = files.filter((f) => f.loader === loader);
  const unreachable = mine.filter((f) => f.offlineOnly).length;
  console.log(`${loader} ${verdicts.loaders[loader].version}: ${mine.length} files, ${mine.filter((f) => f.loaded).length} loaded,`
    + (unreachable ? ` ${unreachable} valid but not reachable offline,` : '')
    + ` ${mine.filter((f) => !f.loaded && !f.offlineOnly).length} refused or skipped,`
    + ` ${mine.filter((f) => f.ignored.length > 0).length} with ignored settings`);
}
console.log(changes.length === 0 ? 'No verdict changed.' : `${changes.length} changed:\n  ${changes.join('\n  ')}`);

function describe(old, now) {
  return Object.keys({ ...old.files, ...now.files }).map((file) => {
    const a = old.files[file];
    const b = now.files[file];
    const state = (v) => v === undefined ? 'absent' : `${v.loaded ? 'loaded' : 'not loaded'}${v.ignored?.length ? ` ignoring ${v.ignored}` : ''}`;
    return `${file} ${state(a)} -> ${state(b)}`;
  }).join('; ');
}
