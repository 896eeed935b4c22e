/** Deep Linking 2.0: the tool's signed LtiDeepLinkingResponse comes back to the return URL of a request the platform issued, and its ltiResourceLink items become lesson items of the class, its link items plain links of the lesson. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.deeplinking;
