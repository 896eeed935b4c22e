package org.educloud.integration.lti.support;

/** The names LTI 1.3 Core, AGS, NRPS and Deep Linking 2.0 give claims, roles, scopes and media types. */
public final class Lti {

    public static final String VERSION = "1.3.0";
    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

    private static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = CLAIM + "message_type";
    public static final String CLAIM_VERSION = CLAIM + "version";
    public static final String DEPLOYMENT_ID = CLAIM + "deployment_id";
    public static final String TARGET_LINK_URI = CLAIM + "target_link_uri";
    public static final String RESOURCE_LINK = CLAIM + "resource_link";
    public static final String ROLES = CLAIM + "roles";
    public static final String CONTEXT = CLAIM + "context";
    public static final String LAUNCH_PRESENTATION = CLAIM + "launch_presentation";
    public static final String TOOL_PLATFORM = CLAIM + "tool_platform";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";

    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
    public static final String COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

    public static final String SCOPE_LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINE_ITEM_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_MEMBERSHIP =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String LINE_ITEMS_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    public static final String RESULTS_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";
    public static final String MEMBERSHIP_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    /** Where the services of one class live, relative to the site's root. */
    public static String contextPath(long classId) {
        return "/lti/services/contexts/" + classId;
    }

    private Lti() {
    }
}
