package io.github.briefings.model;

/**
 * What a figure counts. Most figures have a unit fixed by where they appear (suspects are persons);
 * cases and persons by category are two breakdowns, one in each unit. Figures of different units are never compared.
 */
public enum Unit {
  /** People: suspects, detainees, convicts. */
  PERSONS,
  /** Criminal cases. */
  CASES,
  /** Firearms and other weapons, counted one by one. */
  WEAPONS,
  /** Rounds of ammunition. */
  ROUNDS,
  /** Groups, such as organized crime groups. */
  GROUPS,
  /** Businesses: shops, firms, premises of one owner. */
  BUSINESSES,
  /** Buildings. */
  BUILDINGS,
  /** Vehicles. */
  VEHICLES,
  /** Shifts worked, such as officer shifts. */
  SHIFTS,
  /** Anything else, named by its measure's label; never compared with another figure. */
  OTHER
}
