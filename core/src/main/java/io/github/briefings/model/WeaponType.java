package io.github.briefings.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A kind of weapon, from an open vocabulary: the well-known constants below or a type of the user's
 * own ({@code WeaponType.of("crossbow", "crossbows")}).
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term
 * and the label is not blank. Immutable and thread-safe; equal when code and label are.
 */
@Value.Immutable
public abstract class WeaponType extends LabelledTerm {
  /** Pistols. */
  public static final WeaponType PISTOL = of("pistol", "pistols");
  /** Assault rifles (automatic rifles). */
  public static final WeaponType ASSAULT_RIFLE = of("assault-rifle", "assault rifles");
  /** Traumatic (less-lethal) pistols. */
  public static final WeaponType TRAUMATIC_PISTOL = of("traumatic-pistol", "traumatic pistols");
  /** Grenade launchers. */
  public static final WeaponType GRENADE_LAUNCHER = of("grenade-launcher", "grenade launchers");
  /** Special-purpose rifles. */
  public static final WeaponType SPECIAL_RIFLE = of("special-rifle", "special rifles");
  /** Rifles. */
  public static final WeaponType RIFLE = of("rifle", "rifles");
  /** Machine guns. */
  public static final WeaponType MACHINE_GUN = of("machine-gun", "machine guns");
  /** Smoothbore guns. */
  public static final WeaponType SMOOTHBORE_GUN = of("smoothbore-gun", "smoothbore guns");
  /** Grenades. */
  public static final WeaponType GRENADE = of("grenade", "grenades");
  /** Weapons of another or an unstated kind. */
  public static final WeaponType OTHER = of("other", "other weapons");

  /** The vocabulary of weapon types: its name, well-known terms and attributes. */
  public static final Vocabulary<WeaponType> VOCABULARY = new Vocabulary<>("weapon type", WeaponType.class,
      List.of(PISTOL, ASSAULT_RIFLE, TRAUMATIC_PISTOL, GRENADE_LAUNCHER, SPECIAL_RIFLE, RIFLE,
          MACHINE_GUN, SMOOTHBORE_GUN, GRENADE, OTHER),
      (code, label, attributes) -> of(code, label));

  WeaponType() {}

  /**
   * Returns a weapon type.
   *
   * @param code a lowercase slug
   * @param label the type in words
   * @return the type, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static WeaponType of(String code, String label) {
    return ImmutableWeaponType.of(code, label);
  }

  @Override
  Vocabulary<WeaponType> vocabulary() {
    return VOCABULARY;
  }
}
