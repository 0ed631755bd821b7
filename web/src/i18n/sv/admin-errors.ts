/** Swedish texts of the adminErrors pages (part of `sv.ts`, the source language). */
export const adminErrors = {
  in_use: 'Den används redan, till exempel av behov, och kan därför inte tas bort. Arkivera den i stället – då finns historiken kvar men den går inte att välja för nytt.',
  has_children: 'Enheten har underenheter. Flytta eller ta bort dem först, eller arkivera enheten i stället.',
  cycle: 'En enhet kan inte ligga under sig själv eller någon av sina egna underenheter.',
  last_admin: 'Organisationen måste ha minst en aktiv administratör. Ge någon annan rollen administratör först.',
  self: 'Du kan inte göra detta med ditt eget konto.',
  account_shared: 'Kontot hör också till en annan organisation, så bara användaren själv kan ändra det. Du kan ändra hens roller här eller ta bort hen från den här organisationen.',
  duplicate: 'Det finns redan ett fokusområde med det namnet.',
  already_member: 'Personen är redan medlem i organisationen. Öppna hen i listan för att ändra rollerna.',
  not_found: 'Det valda finns inte längre. Ladda om sidan och välj igen.',
} as const;
