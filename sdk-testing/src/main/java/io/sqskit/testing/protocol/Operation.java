package io.sqskit.testing.protocol;

/**
 * One SQS action with its request and response shapes.
 *
 * @param name the action name, e.g. {@code SendMessage}
 * @param input the request structure
 * @param output the response structure (no members for actions that answer nothing)
 */
public record Operation(String name, Shape input, Shape output) {}
