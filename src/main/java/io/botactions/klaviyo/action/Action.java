package io.botactions.klaviyo.action;

/**
 * One Botpress action: a name, the type of its input, and the handler that runs it. The faces (the
 * {@code /actions} routes, the Botpress endpoint) find actions and run them through {@link Actions#run}, which
 * validates the input first.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
public interface Action<I, O> {

    /** The Botpress action name, such as {@code createProfile}; also the last segment of its route. */
    String name();

    Class<I> inputType();

    /**
     * Runs the action on an input that {@link Actions#run} has validated.
     */
    O handle(I input);
}
