package io.botactions.klaviyo.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Turns each rule a {@link CrossChecked} input breaks into a constraint violation on the field it names.
 */
public class ConsistentValidator implements ConstraintValidator<Consistent, CrossChecked> {

    @Override
    public boolean isValid(CrossChecked value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean[] valid = { true };
        value.check((field, message) -> {
            valid[0] = false;
            context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(field).addConstraintViolation();
        });
        return valid[0];
    }

    /** Messages are plain text: braces and dollars must not be read as message expressions. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
