/**
 * Application-wide runtime beans every module relies on: asynchronous event listeners, scheduled jobs locked
 * through platform.shedlock, the one clock, the password encoder, session attribute upserts, and the platform's
 * settings.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.runtime;
