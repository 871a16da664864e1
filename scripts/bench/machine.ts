import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromiumVersion } from './chromium';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started and ended: a busy machine makes every time longer. */
  loadStart: number;
  loadEnd?: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export function describeMachine(chromiumPath: string): Machine {
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores: os.cpus().length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion(chromiumPath),
    loadStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function currentLoad(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}
