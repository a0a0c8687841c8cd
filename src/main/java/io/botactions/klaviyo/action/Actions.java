package io.botactions.klaviyo.action;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import io.botactions.klaviyo.invocation.Invocation;

/**
 * Every action the function offers, by name.
 */
@ApplicationScoped
public class Actions {

    private final Map<String, Action<?, ?>> byName;
    private final Validator validator;

    Actions(Instance<Action<?, ?>> actions, Validator validator) {
        this.byName = actions.stream().collect(Collectors.toUnmodifiableMap(Action::name, Function.identity()));
        this.validator = validator;
    }

    /**
     * Validates the input against its Bean Validation rules, then runs the action. Nothing reaches Klaviyo unless
     * every rule holds.
     *
     * @throws MissingInputException when there is no input at all
     * @throws ConstraintViolationException when the input breaks a rule
     */
    public <I, O> O run(Action<I, O> action, I input) {
        Invocation.current().ifPresent(invocation -> invocation.action(action.name()));
        if (input == null) {
            throw new MissingInputException();
        }
        Set<ConstraintViolation<I>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return action.handle(input);
    }

    public Optional<Action<?, ?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public SortedSet<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
