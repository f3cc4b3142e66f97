"use client";
import { useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";

export type ConnectionState = "connecting" | "online" | "offline";

export interface InboxSocket {
  socket: Socket | null;
  state: ConnectionState;
  /** Goes up on every reconnection (not the first connection): events may have been missed, so
   * lists and the open conversation fetch what changed. */
  resyncs: number;
}

// A blip is not worth a banner; a disconnect that lasts is.
const OFFLINE_NOTICE_MS = 2500;
// After the server refused the handshake (an expired session, a restart), socket.io stops trying.
const RETRY_AFTER_REFUSAL_MS = 5000;

/** The /agent connection, authenticated by the session cookie (same origin). */
export function useInboxSocket(): InboxSocket {
  const [socket, setSocket] = useState<Socket | null>(null);
  const [state, setState] = useState<ConnectionState>("connecting");
  const [resyncs, setResyncs] = useState(0);

  useEffect(() => {
    const connection = io("/agent", { withCredentials: true, transports: ["websocket", "polling"] });
    let connectedBefore = false;
    let offlineTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const markOffline = () => {
      clearTimeout(offlineTimer);
      offlineTimer = setTimeout(() => setState("offline"), OFFLINE_NOTICE_MS);
    };

    connection.on("connect", () => {
      clearTimeout(offlineTimer);
      setState("online");
      if (connectedBefore) setResyncs((value) => value + 1);
      connectedBefore = true;
    });
    connection.on("disconnect", (reason) => {
      markOffline();
      // The server closed this socket on purpose (a deploy, a session check): connect again.
      if (reason === "io server disconnect") connection.connect();
    });
    connection.on("connect_error", () => {
      markOffline();
      if (!connection.active) {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => connection.connect(), RETRY_AFTER_REFUSAL_MS);
      }
    });
    setSocket(connection);
    return () => {
      clearTimeout(offlineTimer);
      clearTimeout(retryTimer);
      connection.removeAllListeners();
      connection.disconnect();
      setSocket(null);
    };
  }, []);

  return { socket, state, resyncs };
}
