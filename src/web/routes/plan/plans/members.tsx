import { Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import { ForbiddenError } from '../../../../core/permissions/can.ts';
import { addMember } from '../../../../modules/plan/add-member.ts';
import { changeMember } from '../../../../modules/plan/change-member.ts';
import { getPlanView } from '../../../../modules/plan/get-plan.ts';
import '../../../../modules/plan/i18n.ts';
import { type MemberRole, memberRoles } from '../../../../modules/plan/plan.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { redirectSaved, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/members.ts';
import { formValues, type PlanFormFailure, planFormFailure, savedNotice } from './plans.server.ts';

// Who owns and writes the plan: organisations (departments, partners, residents' organisations)
// and people, each as owner, co-author or reader. Managers change it; members see it.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const view = await getPlanView(serviceContext(rc), params.id);
    if (!view.permissions.manage) throw new ForbiddenError('update', 'plan');
    const taken = new Set(view.members.map((m) => m.organisation?.id).filter(Boolean));
    const organisations = (await listOrganisations(rc.app.db, rc.actor, { limit: 5000 })).items.filter(
      (o) => !taken.has(o.id),
    );
    return {
      title: translate(rc.locale, 'plan.members.title', { title: view.plan.title }),
      plan: { id: view.plan.id, title: view.plan.title },
      members: view.members.map((m) => ({
        id: m.id,
        role: m.role,
        name: m.organisation?.name ?? m.person?.name ?? '',
        kind: m.organisation
          ? translate(rc.locale, `org.kind.${m.organisation.kind}`)
          : translate(rc.locale, 'plan.members.person'),
      })),
      organisations: organisations.map((o) => ({
        value: o.id,
        label: `${o.name} (${translate(rc.locale, `org.kind.${o.kind}`)})`,
      })),
      saved: savedNotice(new URL(request.url), rc.locale),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const values = formValues(await request.formData());
  const ctx = serviceContext(rc);
  try {
    if (values.intent === 'remove') await changeMember(ctx, params.id, values.memberId ?? '', null);
    else if (values.intent === 'role')
      await changeMember(ctx, params.id, values.memberId ?? '', { role: values.role ?? '' });
    else if (values.intent === 'addPerson')
      await addMember(ctx, params.id, {
        personEmail: values.personEmail ?? '',
        role: (values.role || 'co_author') as MemberRole,
      });
    else
      await addMember(ctx, params.id, {
        organisationId: values.organisationId ?? '',
        role: (values.role || 'co_author') as MemberRole,
      });
    return redirectSaved(`/wijkplannen/${params.id}/leden`, 'member');
  } catch (error) {
    return planFormFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as PlanFormFailure | undefined;
  const planHref = `/wijkplannen/${d.plan.id}`;
  const personFailure = failure?.values.intent === 'addPerson';
  const roleOptions = memberRoles.map((r) => ({ value: r, label: t(`plan.role.${r}`) }));
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/wijkplannen', label: t('plan.title') },
          { href: planHref, label: d.plan.title },
        ]}
        current={t('plan.members.col.member')}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.saved && !failure ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={{
          organisationId: t('plan.members.organisation'),
          personEmail: t('plan.members.personEmail'),
          role: t('plan.members.role'),
        }}
      />
      <p className="utrecht-paragraph">{t('plan.members.intro')}</p>
      {d.members.length === 0 ? (
        <p className="utrecht-paragraph">{t('plan.members.none')}</p>
      ) : (
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.members.col.member')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.members.col.kind')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.members.col.role')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.members.col.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {d.members.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {m.name}
                </th>
                <td className="utrecht-table__cell">{m.kind}</td>
                <td className="utrecht-table__cell">
                  <form method="post" className="plan-inline-form">
                    <CsrfField />
                    <input type="hidden" name="memberId" value={m.id} />
                    <select
                      id={`role-${m.id}`}
                      name="role"
                      defaultValue={m.role}
                      className="utrecht-select utrecht-select--html-select"
                      aria-label={t('plan.members.roleOf', { name: m.name })}
                    >
                      {roleOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>{' '}
                    <SubmitButton variant="secondary" name="intent" value="role">
                      {t('plan.members.change')}
                    </SubmitButton>
                  </form>
                </td>
                <td className="utrecht-table__cell">
                  <form method="post">
                    <CsrfField />
                    <input type="hidden" name="memberId" value={m.id} />
                    <SubmitButton variant="subtle" name="intent" value="remove">
                      {t('plan.members.removeNamed', { name: m.name })}
                    </SubmitButton>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="utrecht-heading-2">{t('plan.members.add')}</h2>
      <form method="post" className="wijkwerk-form" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="add" />
        <SelectField
          name="organisationId"
          label={t('plan.members.organisation')}
          options={d.organisations}
          emptyLabel={t('plan.item.none')}
          defaultValue={failure?.values.organisationId}
          error={failure?.fieldErrors.organisationId}
          required
        />
        <SelectField
          name="role"
          label={t('plan.members.role')}
          options={roleOptions}
          defaultValue={failure?.values.role ?? 'co_author'}
          error={failure?.fieldErrors.role}
        />
        <p className="utrecht-button-group">
          <SubmitButton>{t('plan.members.add')}</SubmitButton>
        </p>
      </form>
      <h2 className="utrecht-heading-2">{t('plan.members.addPerson')}</h2>
      <form method="post" className="wijkwerk-form" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="addPerson" />
        <TextField
          name="personEmail"
          type="email"
          autoComplete="off"
          label={t('plan.members.personEmail')}
          description={t('plan.members.personEmailHint')}
          defaultValue={personFailure ? failure?.values.personEmail : undefined}
          error={personFailure ? failure?.fieldErrors.personEmail : undefined}
          required
        />
        <SelectField
          name="role"
          id="person-role"
          label={t('plan.members.role')}
          options={roleOptions}
          defaultValue={(personFailure ? failure?.values.role : undefined) ?? 'co_author'}
        />
        <p className="utrecht-button-group">
          <SubmitButton>{t('plan.members.addPerson')}</SubmitButton>
        </p>
      </form>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={planHref}>
          {t('plan.back')}
        </Link>
      </p>
    </>
  );
}
