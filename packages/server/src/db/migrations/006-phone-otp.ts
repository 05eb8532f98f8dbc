import type { Migration } from './migration.js';

/**
 * Verified phone numbers, one-time codes, trusted devices and the payment PIN (issue 12). Accounts from before
 * keep `phone_verified_at` NULL: unverified until the citizen confirms the number with a code.
 */
export const phoneOtp: Migration = {
  version: 6,
  name: 'phone one-time codes and payment pin',
  statements: [
    'ALTER TABLE citizens ADD COLUMN phone_verified_at timestamptz',
    // One row per code sent (or, for an unknown number where saying so would reveal it, per code pretended):
    // the send limits count these rows; only a digest of the code is kept.
    `CREATE TABLE phone_codes (
       id uuid PRIMARY KEY,
       phone text NOT NULL,
       purpose text NOT NULL,
       citizen_id uuid REFERENCES citizens (id) ON DELETE CASCADE,
       code_digest text NOT NULL,
       client_ip text NOT NULL,
       attempts integer NOT NULL DEFAULT 0,
       created_at timestamptz NOT NULL DEFAULT now(),
       expires_at timestamptz NOT NULL,
       used_at timestamptz
     )`,
    'CREATE INDEX phone_codes_phone ON phone_codes (phone, created_at)',
    'CREATE INDEX phone_codes_ip ON phone_codes (client_ip, created_at)',
    // A browser that completed a code step: only the SHA-256 digest of its cookie.
    `CREATE TABLE trusted_devices (
       token_digest text PRIMARY KEY,
       citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
       created_at timestamptz NOT NULL DEFAULT now(),
       last_used_at timestamptz NOT NULL DEFAULT now()
     )`,
    'CREATE INDEX trusted_devices_citizen ON trusted_devices (citizen_id)',
    `CREATE TABLE payment_pins (
       citizen_id uuid PRIMARY KEY REFERENCES citizens (id) ON DELETE CASCADE,
       pin_hash text NOT NULL,
       anti_phishing_words text NOT NULL,
       failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
  ],
};
