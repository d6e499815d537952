import type { Server } from "node:http";

export const HOST = "127.0.0.1";

function listenOn(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, HOST);
  });
}

/**
 * Listens on 127.0.0.1 only, on `port` when it is free; when it is taken (or not ours to use), on
 * any free port instead. Returns the port in use.
 */
export async function listenWithFallback(server: Server, port: number): Promise<number> {
  try {
    return await listenOn(server, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (port === 0 || (code !== "EADDRINUSE" && code !== "EACCES")) throw error;
    return listenOn(server, 0);
  }
}
