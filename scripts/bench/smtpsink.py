#!/usr/bin/env python3
"""A minimal SMTP sink on loopback for the fan-out benchmark (issue 17).

Speaks just enough SMTP (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no STARTTLS, no AUTH) to
accept every mail and drop it. Each accepted mail is one line in --log, "<epoch seconds>
<recipients>", written as the final "." of DATA is answered. Each connection opened is a line
"<epoch seconds> connect". The chosen port is written to --port-file.
"""
import argparse
import asyncio
import os
import time


class Sink:
    def __init__(self, log):
        self.log = log

    async def session(self, reader, writer):
        self.log.write(f"{time.time():.6f} connect\n")
        writer.write(b"220 bench-sink ESMTP\r\n")
        await writer.drain()
        recipients = 0
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                verb = line[:4].upper()
                if verb in (b"EHLO",):
                    writer.write(b"250-bench-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 52428800\r\n")
                elif verb == b"HELO":
                    writer.write(b"250 bench-sink\r\n")
                elif verb == b"MAIL":
                    recipients = 0
                    writer.write(b"250 OK\r\n")
                elif verb == b"RCPT":
                    recipients += 1
                    writer.write(b"250 OK\r\n")
                elif verb == b"DATA":
                    writer.write(b"354 go ahead\r\n")
                    await writer.drain()
                    while True:
                        data = await reader.readline()
                        if not data or data == b".\r\n" or data == b".\n":
                            break
                    writer.write(b"250 OK queued\r\n")
                    self.log.write(f"{time.time():.6f} {recipients}\n")
                    self.log.flush()
                elif verb == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    break
                elif verb in (b"RSET", b"NOOP"):
                    writer.write(b"250 OK\r\n")
                else:
                    writer.write(b"502 not implemented\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    sink = Sink(open(args.log, "a", encoding="ascii"))
    server = await asyncio.start_server(sink.session, "127.0.0.1", 0)
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as out:
        out.write(str(server.sockets[0].getsockname()[1]))
    os.replace(tmp, args.port_file)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
