// `npm start` runs npm → sh → tsx → this script. If npm is killed with SIGKILL, nothing tells
// the processes below it, and an orphaned Chartpath would go on holding the port and the data
// folder. This watches the chain of ancestors up to npm (Linux /proc) and calls back once any
// of them is gone, so Chartpath shuts down cleanly instead.
import { readFileSync } from "node:fs";
import { isAlive, processStartTime } from "./embedded-db/data-dir-lock";

interface Proc {
  pid: number;
  started: string | undefined;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

function ancestorsUpToNpm(): Proc[] {
  const chain: Proc[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 6 && pid > 1; depth++) {
    chain.push({ pid, started: processStartTime(pid) });
    if (/\bnpm(-cli\.js)?\b/.test(cmdline(pid))) return chain;
    const next = parentOf(pid);
    if (!next) break;
    pid = next;
  }
  return chain.slice(0, 1); // not started by npm: watch the direct parent only
}

export function onAncestorExit(callback: () => void, intervalMs = 1_000): () => void {
  if (process.platform !== "linux") return () => {};
  const chain = ancestorsUpToNpm();
  const timer = setInterval(() => {
    const gone = chain.some((p) => !isAlive(p.pid) || processStartTime(p.pid) !== p.started);
    if (gone) {
      clearInterval(timer);
      callback();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
