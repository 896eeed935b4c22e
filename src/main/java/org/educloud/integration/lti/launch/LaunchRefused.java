package org.educloud.integration.lti.launch;

/**
 * An authentication request the platform does not answer with an id_token. It is shown on EduCloud's own page and
 * never sent to the redirect URI, as that address may be the very thing that is wrong.
 */
public class LaunchRefused extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final Object[] arguments;

    public LaunchRefused(String messageKey, int status, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
        this.arguments = arguments.clone();
    }

    /** The values the message names, in its order. */
    public Object[] arguments() {
        return arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }
}
