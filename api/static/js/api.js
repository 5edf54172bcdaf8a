// The JSON API client: the bearer token, plain-word errors, and "offline" as its own kind of failure.
import { ApiError, Offline } from "./errors.js";

export const auth = {
  get token() { return localStorage.getItem("token"); },
  get userId() { return localStorage.getItem("user"); },
  set(token, userId) { localStorage.setItem("token", token); localStorage.setItem("user", userId); },
  clear() { localStorage.removeItem("token"); localStorage.removeItem("user"); },
};

const listeners = { signedOut: () => {} };
export function onSignedOut(handler) { listeners.signedOut = handler; }

export async function api(method, path, { json, form, headers = {}, raw = false } = {}) {
  const options = { method, headers: { ...headers } };
  if (auth.token) options.headers.Authorization = `Bearer ${auth.token}`;
  if (json !== undefined) { options.headers["Content-Type"] = "application/json"; options.body = JSON.stringify(json); }
  if (form) options.body = new URLSearchParams(form);
  let response;
  try {
    response = await fetch(path, options);
  } catch {
    throw new Offline();
  }
  if (response.status === 401 && auth.token && !path.startsWith("/v1/auth/")) listeners.signedOut();
  if (!response.ok) {
    let body = null;
    try { body = await response.json(); } catch { /* not JSON: the status says enough */ }
    throw new ApiError(response.status, body);
  }
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}
