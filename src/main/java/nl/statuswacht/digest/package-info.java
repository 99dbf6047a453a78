/**
 * The weekly digest: which week is due for whom ({@link nl.statuswacht.digest.Week}), what it says
 * (pure, from the stored posts), and how it is rendered in Dutch and English.
 */
package nl.statuswacht.digest;
