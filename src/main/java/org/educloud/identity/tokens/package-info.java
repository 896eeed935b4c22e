/**
 * Personal API tokens: the token entity and its repository and the filter that authenticates a bearer token on
 * the API; the facade that issues them is the module's ApiTokens.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.tokens;
