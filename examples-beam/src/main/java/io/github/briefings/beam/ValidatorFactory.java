package io.github.briefings.beam;

import io.github.briefings.validation.Validator;
import java.io.Serializable;

/**
 * Makes the validator of a worker. A {@code Validator} holds rules, which are lambdas, and is not
 * serializable, so a pipeline carries this factory instead, and each worker calls it once, in
 * {@code @Setup}. Write it as a lambda that builds everything it needs inside: {@code () ->
 * Validator.builder().addRule(MyRules.RULE).build()}; a rule in a static field is not serialized.
 */
@FunctionalInterface
public interface ValidatorFactory extends Serializable {
  /**
   * Returns a new validator.
   *
   * @return a validator, never null
   */
  Validator create();
}
