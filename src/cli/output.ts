// Output of the command line: results on stdout, progress and errors on stderr, so results can
// be piped. Progress is a bar that redraws itself on a terminal and plain lines otherwise (logs).

export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function progress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  const tty = stream.isTTY === true;
  let printed = -1;
  return (done, total) => {
    const finished = done >= total;
    if (tty) {
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${finished ? '\n' : ''}`,
      );
      return;
    }
    // A line per tenth of the work: at most 11 lines however long the file.
    const tenth = total ? Math.floor((done * 10) / total) : 10;
    if (tenth <= printed) return;
    printed = tenth;
    stream.write(`${label}: ${done}/${total}\n`);
  };
}
