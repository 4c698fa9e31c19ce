// Package ages reads the ages a fiche's conditions require of a person
// ("avoir plus de 15 ans", "jeunes de 18 à 35 ans"), from the report's
// French, with the words of ages_fr.tsv: the export states them, the
// search ranks a fiche that excludes a person's told age after those that
// take it.
package ages
