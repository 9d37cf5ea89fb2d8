import type express from "express";

/**
 * Headers on every response (workbench, API, health): the workbench loads only its own scripts, styles,
 * images and API; no site may frame it (clickjacking); browsers must not guess content types; addresses
 * (with ?signin= codes) are not sent to other sites. Inline styles are allowed because the printable
 * report opens in a window of the workbench with its own <style>; inline scripts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(): express.RequestHandler {
  return (_req, res, next) => {
    res.set({
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cross-origin-opener-policy": "same-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=()",
    });
    next();
  };
}
