/**
 * Hashing and random secrets used by every other slice: token and code generation, SHA-256 digests and the
 * installation's server key for keyed hashes.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.secrets;
