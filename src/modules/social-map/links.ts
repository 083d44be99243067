// Addresses of the public pages that e-mails link to. The pages are built later under these paths.

function base(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/sociale-kaart`;
}

export const socialMapLinks = {
  asset: (publicUrl: string, assetId: string) => `${base(publicUrl)}/${assetId}`,
  edit: (publicUrl: string, assetId: string) => `${base(publicUrl)}/${assetId}/bewerken`,
  confirmSubmission: (publicUrl: string, token: string) => `${base(publicUrl)}/bevestigen/${token}`,
  verify: (publicUrl: string, token: string) => `${base(publicUrl)}/nog-actueel/${token}`,
  personalData: (publicUrl: string, token: string) => `${base(publicUrl)}/mijn-gegevens/${token}`,
};
