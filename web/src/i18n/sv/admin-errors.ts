/** Swedish texts of the adminErrors pages (part of `sv.ts`, the source language). */
export const adminErrors = {
  in_use: 'Den används redan, till exempel av behov, och kan därför inte tas bort. Arkivera den i stället – då finns historiken kvar men den går inte att välja för nytt.',
  has_children: 'Enheten har underenheter. Flytta eller ta bort dem först, eller arkivera enheten i stället.',
  cycle: 'En enhet kan inte ligga under sig själv eller någon av sina egna underenheter.',
  last_admin: 'Organisationen måste ha minst en aktiv administratör. Ge någon annan rollen administratör först.',
  self: 'Du kan inte göra detta med ditt eget konto.',
  account_elsewhere: 'Kontot hör till en annan organisation. Du kan ändra rollerna här eller ta bort medlemskapet.',
  domain_not_owned: 'E-postadressen hör inte till organisationens e-postdomäner, så här kan inget konto skapas för den. Bjud in personen i stället.',
  domain_owned: 'E-postadressen hör till organisationens egen e-postdomän. Lägg till personen som användare i stället för att bjuda in hen.',
  already_invited: 'Adressen har redan en väntande inbjudan. Dra tillbaka den först om du vill bjuda in igen.',
  must_change_password: 'Välj ett eget lösenord innan du accepterar en inbjudan.',
  duplicate: 'Det finns redan ett fokusområde med det namnet.',
  already_member: 'Personen är redan medlem i organisationen. Öppna hen i listan för att ändra rollerna.',
  not_found: 'Det valda finns inte längre. Ladda om sidan och välj igen.',
} as const;
